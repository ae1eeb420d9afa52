# Tests of benefits.
