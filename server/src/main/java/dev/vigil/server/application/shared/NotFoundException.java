package dev.vigil.server.application.shared;

/** Nothing the caller may see exists under that id; also used for other tenants' data, so nothing leaks. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super(what + " not found");
    }
}
