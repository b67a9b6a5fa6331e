package dev.vigil.plugin.stay;

/** Coarse class of how a stay is paid: enough for patterns, never the instrument itself. */
public enum PaymentMethodClass {
    CARD,
    PREPAID_CARD,
    CASH,
    BANK_TRANSFER,
    COMPANY_ACCOUNT,
    TRAVEL_AGENT,
    OTHER,
    UNKNOWN
}
