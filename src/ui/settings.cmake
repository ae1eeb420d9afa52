# settings (see its folder).
