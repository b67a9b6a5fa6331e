package dev.vigil.plugin.stay;

/** Coarse class of how a stay is paid: enough for patterns, never the instrument itself. */
public enum PaymentMethodClass {
    /** A payment card of the guest or booker (or a card guarantee). */
    CARD,
    /** A prepaid or gift card. */
    PREPAID_CARD,
    /** Cash at the desk. */
    CASH,
    /** A bank transfer. */
    BANK_TRANSFER,
    /** Billed to a company (invoice, direct bill, city ledger). */
    COMPANY_ACCOUNT,
    /** Billed to a travel agent. */
    TRAVEL_AGENT,
    /** Collected by the booking channel: an OTA's prepayment or its virtual card. */
    CHANNEL_COLLECTED,
    /** A method this API does not name (a voucher, an alternative payment). */
    OTHER,
    /** The PMS did not say. */
    UNKNOWN
}
