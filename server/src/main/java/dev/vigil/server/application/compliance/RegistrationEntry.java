package dev.vigil.server.application.compliance;

import dev.vigil.server.domain.model.compliance.ContactDetails;

/** Checks the contacts of a registration: a name, and a phone or an e-mail address; the operator also an address. */
final class RegistrationEntry {

    private RegistrationEntry() {
    }

    static ContactDetails contact(FieldChecks checks, String field, RegistrationCommand.Contact given, boolean withAddress) {
        if (given == null) {
            checks.fail(field, "is required: " + (withAddress ? "name, address and a phone or an e-mail address"
                    : "name and a phone or an e-mail address"));
            return null;
        }
        String name = checks.text(field + ".name", given.name(), 200, true);
        String phone = checks.phone(field + ".phone", given.phone());
        String email = checks.email(field + ".email", given.email());
        String address = checks.text(field + ".address", given.address(), 500, withAddress);
        if (phone == null && email == null) {
            checks.fail(field + ".phone", "a phone or an e-mail address is required");
        }
        return new ContactDetails(name, phone, email, address);
    }
}
