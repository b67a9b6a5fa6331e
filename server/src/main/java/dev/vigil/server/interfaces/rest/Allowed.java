package dev.vigil.server.interfaces.rest;

import dev.vigil.server.application.shared.AppRole;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call a resource method. An empty list means any signed-in caller.
 * Methods without it are public (none under /api/v1 are).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Allowed {
    AppRole[] value() default {};
}
