# pyscard ships no type information; the program uses only its scard module (see scard.pyi).
