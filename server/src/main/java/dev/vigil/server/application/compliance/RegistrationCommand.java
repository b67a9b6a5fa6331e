package dev.vigil.server.application.compliance;

/**
 * The operator's registration data for a property, replacing what was recorded: the operator and a
 * contact person (each a name and a phone or an e-mail address; the operator also a postal address),
 * the property's address, and once registered the date and the regulator's number.
 */
public record RegistrationCommand(String propertyId, Contact operator, Contact contactPerson, String propertyAddress,
                                  String registeredOn, String registrationNumber) {

    /** A name and how to reach them. */
    public record Contact(String name, String phone, String email, String address) {
    }
}
