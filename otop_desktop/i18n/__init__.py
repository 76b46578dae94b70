"""Thai is the source language; English comes from one dictionary. No Qt here."""
