/**
 * Names shared by the seed records: the five source documents' file names (in ../shared/seeds/)
 * and the GSS codes of the 22 authorities (from shared/reference/wales-authorities.json).
 */

export const D000 = "000_60b63831518867f6.txt"; // WSMP evidence (2025)
export const D001 = "001_d4a37cc3216fc7af.txt"; // Wales Safer Communities Network response (27 February 2025)
export const D002 = "002_18e8fccefe454def.txt"; // City of Sanctuary response (undated, 2025)
export const D003 = "003_affd3d4966af372c.txt"; // Welsh Government response, November 2025
export const D004 = "004_72acc01d0cdab8b0.txt"; // National Community Cohesion Delivery Plan Progress Report 2015

export const ANGLESEY = "W06000001";
export const GWYNEDD = "W06000002";
export const CONWY = "W06000003";
export const DENBIGHSHIRE = "W06000004";
export const FLINTSHIRE = "W06000005";
export const WREXHAM = "W06000006";
export const CEREDIGION = "W06000008";
export const PEMBROKESHIRE = "W06000009";
export const CARMARTHENSHIRE = "W06000010";
export const SWANSEA = "W06000011";
export const NEATH_PORT_TALBOT = "W06000012";
export const BRIDGEND = "W06000013";
export const VALE_OF_GLAMORGAN = "W06000014";
export const CARDIFF = "W06000015";
export const RHONDDA_CYNON_TAF = "W06000016";
export const CAERPHILLY = "W06000018";
export const BLAENAU_GWENT = "W06000019";
export const TORFAEN = "W06000020";
export const MONMOUTHSHIRE = "W06000021";
export const NEWPORT = "W06000022";
export const POWYS = "W06000023";
export const MERTHYR_TYDFIL = "W06000024";
