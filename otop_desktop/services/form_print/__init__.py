"""The registration form on paper: one A4 page per registration, for the producer's and the
receiving officer's signatures, as a PDF and as pages a printer or the preview draws."""
