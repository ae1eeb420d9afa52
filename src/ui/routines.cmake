# routines (see its folder).
