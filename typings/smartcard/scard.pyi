# pyscard's PC/SC binding (a SWIG module without type information): the names the card
# reader adapter uses. Every call answers a tuple whose first item is the result code.
from typing import Any

SCARD_E_NO_READERS_AVAILABLE: int
SCARD_E_NO_SERVICE: int
SCARD_E_NO_SMARTCARD: int
SCARD_E_READER_UNAVAILABLE: int
SCARD_E_SERVICE_STOPPED: int
SCARD_E_TIMEOUT: int
SCARD_E_UNKNOWN_READER: int
SCARD_LEAVE_CARD: int
SCARD_PROTOCOL_T0: int
SCARD_PROTOCOL_T1: int
SCARD_SCOPE_USER: int
SCARD_SHARE_SHARED: int
SCARD_STATE_CHANGED: int
SCARD_STATE_PRESENT: int
SCARD_STATE_UNAWARE: int
SCARD_S_SUCCESS: int
SCARD_W_REMOVED_CARD: int

def SCardCancel(*args: Any) -> Any: ...
def SCardConnect(*args: Any) -> Any: ...
def SCardDisconnect(*args: Any) -> Any: ...
def SCardEstablishContext(*args: Any) -> Any: ...
def SCardGetStatusChange(*args: Any) -> Any: ...
def SCardListReaders(*args: Any) -> Any: ...
def SCardReleaseContext(*args: Any) -> Any: ...
def SCardStatus(*args: Any) -> Any: ...
def SCardTransmit(*args: Any) -> Any: ...
