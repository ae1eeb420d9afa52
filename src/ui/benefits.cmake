# benefits (see its folder).
