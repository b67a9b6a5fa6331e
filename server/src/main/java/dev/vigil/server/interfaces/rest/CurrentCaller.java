package dev.vigil.server.interfaces.rest;

import dev.vigil.server.application.shared.Caller;
import jakarta.enterprise.context.RequestScoped;

/** The caller of the current request, set by {@link AccessFilter}. */
@RequestScoped
public class CurrentCaller {

    private Caller caller;

    void set(Caller caller) {
        this.caller = caller;
    }

    public Caller get() {
        if (caller == null) {
            throw new IllegalStateException("no caller: resource method lacks @Allowed");
        }
        return caller;
    }
}
