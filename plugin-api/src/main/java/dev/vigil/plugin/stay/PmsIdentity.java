package dev.vigil.plugin.stay;

import java.util.Locale;

/**
 * The canonical strings connectors tokenise, so that every connector, and every version of one,
 * turns the same PMS record into the same token. Keep them stable once shipped: changing one splits
 * old tokens from new.
 */
public final class PmsIdentity {

    private PmsIdentity() {
    }

    /**
     * A person record with an id in the PMS (Mews customer, OPERA profile, Cloudbeds guest): the same
     * person gets the same input whatever role they play.
     *
     * @param system the connector id
     * @param id the PMS's id of the person
     * @return {@code <system>:person:<id>}
     */
    public static String person(String system, String id) {
        return system + ":person:" + id.trim();
    }

    /**
     * A company or travel-agent account.
     *
     * @param system the connector id
     * @param id the PMS's id of the account
     * @return {@code <system>:company:<id>}
     */
    public static String company(String system, String id) {
        return system + ":company:" + id.trim();
    }

    /**
     * A payment card stored in the PMS, by the PMS's id of the stored card (never the card number).
     *
     * @param system the connector id
     * @param id the PMS's id of the stored card
     * @return {@code <system>:card:<id>}
     */
    public static String card(String system, String id) {
        return system + ":card:" + id.trim();
    }

    /**
     * A group or block of reservations.
     *
     * @param system the connector id
     * @param id the PMS's id of the group or block
     * @return {@code <system>:group:<id>}
     */
    public static String group(String system, String id) {
        return system + ":group:" + id.trim();
    }

    /**
     * A person known only by an e-mail address (Apaleo has no guest ids).
     *
     * @param email the address
     * @return {@code email:<trimmed lower-case address>}
     */
    public static String email(String email) {
        return "email:" + email.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * A person known only by name and, where given, birth date.
     *
     * @param lastName the family name
     * @param firstName the given name, or null
     * @param birthDate the birth date as the PMS gives it, or null
     * @return {@code name:<LAST>|<FIRST>|<birth date or ->}
     */
    public static String name(String lastName, String firstName, String birthDate) {
        return "name:" + upper(lastName) + "|" + upper(firstName) + "|"
                + (birthDate == null || birthDate.isBlank() ? "-" : birthDate.trim());
    }

    private static String upper(String s) {
        return s == null ? "" : s.trim().toUpperCase(Locale.ROOT);
    }
}
