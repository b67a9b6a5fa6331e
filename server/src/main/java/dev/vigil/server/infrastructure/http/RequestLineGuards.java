package dev.vigil.server.infrastructure.http;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.grizzly.filterchain.Filter;
import org.glassfish.grizzly.filterchain.FilterChain;

/**
 * Puts a {@link RequestLineGuard} into the filter chain of every HTTP listener of this Payara Micro, just
 * before the container's own handler, and takes it out again when Vigil stops. The listeners are reached
 * through the server's service locator; nothing of this is a public API of Payara, so where it cannot be
 * done (another server version) Vigil starts all the same and says so in the log.
 */
public final class RequestLineGuards {

    private static final Logger LOG = Logger.getLogger("dev.vigil");
    private static final List<FilterChain> INSTALLED = new ArrayList<>();

    private RequestLineGuards() {
    }

    /** Installs the guard on every HTTP listener; returns how many listeners got one. */
    public static synchronized int install() {
        try {
            Object locator = Class.forName("org.glassfish.internal.api.Globals").getMethod("getDefaultHabitat").invoke(null);
            Method getService = locator.getClass().getMethod("getService", Class.class, Annotation[].class);
            Method getAll = locator.getClass().getMethod("getAllServices", Class.class, Annotation[].class);
            Class<?> serviceType = Class.forName("com.sun.enterprise.v3.services.impl.GrizzlyService");
            Class<?> listenerType = Class.forName("org.glassfish.grizzly.config.dom.NetworkListener");
            Object service = getService.invoke(locator, serviceType, new Annotation[0]);
            int count = 0;
            for (Object listener : (Collection<?>) getAll.invoke(locator, listenerType, new Annotation[0])) {
                Object proxy = serviceType.getMethod("lookupNetworkProxy", listenerType).invoke(service, listener);
                if (proxy == null) {
                    continue;
                }
                Object grizzly = proxy.getClass().getMethod("getUnderlyingListener").invoke(proxy);
                Object transport = grizzly.getClass().getMethod("getTransport").invoke(grizzly);
                Object processor = transport.getClass().getMethod("getProcessor").invoke(transport);
                if (processor instanceof FilterChain chain && insert(chain)) {
                    count++;
                }
            }
            return count;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "The request-line guard could not be installed ({0}): malformed percent-escapes in an "
                    + "address are answered by the server itself, not as problem+json", e.toString());
            return 0;
        }
    }

    /** Takes the guards out of the listeners' chains (on undeployment: they hold this application's classes). */
    public static synchronized void remove() {
        for (FilterChain chain : INSTALLED) {
            chain.removeIf(f -> f instanceof RequestLineGuard || f.getClass().getName().equals(RequestLineGuard.class.getName()));
        }
        INSTALLED.clear();
    }

    private static boolean insert(FilterChain chain) {
        int at = -1;
        for (int i = 0; i < chain.size(); i++) {
            Filter f = chain.get(i);
            if (f.getClass().getName().equals(RequestLineGuard.class.getName())) {
                chain.remove(i);
                i--;
                continue;
            }
            if (f.getClass().getName().equals("org.glassfish.grizzly.http.server.HttpServerFilter")) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            return false;
        }
        chain.add(at, new RequestLineGuard());
        INSTALLED.add(chain);
        return true;
    }
}
