package dev.vigil.plugin.connector;

/**
 * Entry point of a PMS connector plugin, found with {@link java.util.ServiceLoader} through a
 * {@code META-INF/services/dev.vigil.plugin.connector.ConnectorFactory} entry.
 *
 * <p>Lifecycle, as for Keycloak's provider factories: the server loads the factory, checks
 * {@link #apiVersion()}, calls {@link #init(ConnectorSettings)} once with the connector-wide settings,
 * {@link #create(ConnectorContext)} once per property configured with
 * {@code vigil.property.<property>.connector=<id>}, and {@link #close()} at shutdown (after closing
 * every connector it created).
 */
public interface ConnectorFactory extends AutoCloseable {

    /**
     * The system this factory connects to, as configuration names it: {@code mews}, {@code apaleo},
     * {@code opera}, {@code cloudbeds} or a plugin's own id.
     *
     * @return lower-case letters, digits and hyphens
     */
    String id();

    /**
     * The plugin API version this factory was compiled against. Implement it as
     * {@code return ApiVersion.parse(ApiVersion.SPEC);}: the constant is copied in at compile time.
     *
     * @return the version the plugin was built against
     */
    ApiVersion apiVersion();

    /**
     * Called once before any {@link #create}, with the settings under {@code vigil.connector.<id>.}.
     *
     * @param settings the connector-wide settings
     * @throws IllegalArgumentException naming a setting that cannot work; the server then leaves the
     *         connector out and says why
     */
    default void init(ConnectorSettings settings) {
    }

    /**
     * Connects one property. Must not call the PMS: the server checks health separately, so a PMS that
     * is down at startup does not stop Vigil.
     *
     * @param context the property, its settings and the tokenizer
     * @return the connector for that property
     * @throws IllegalArgumentException naming a required setting that is missing or wrong
     */
    PmsConnector create(ConnectorContext context);

    /** Releases what {@link #init} acquired. */
    @Override
    default void close() {
    }
}
