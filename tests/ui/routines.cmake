# Tests of routines.
