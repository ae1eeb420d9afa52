# Typed settings table.
