package dev.vigil.server.domain.model.compliance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Optional;

/** How to reach a person or an organisation: a name, a phone, an e-mail address, a postal address. */
@Embeddable
public class ContactDetails {

    @Column(name = "name", length = 200)
    private String name;

    @Column(name = "phone", length = 40)
    private String phone;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "address", length = 500)
    private String address;

    protected ContactDetails() {
        // for JPA
    }

    public ContactDetails(String name, String phone, String email, String address) {
        this.name = name;
        this.phone = phone;
        this.email = email;
        this.address = address;
    }

    public String name() {
        return name;
    }

    public Optional<String> phone() {
        return Optional.ofNullable(phone);
    }

    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    public Optional<String> address() {
        return Optional.ofNullable(address);
    }
}
