package dev.vigil.bench.load;

/**
 * The JVM options docs/operations.md recommends for one server ("Memory"), which the benchmarks use unless told
 * otherwise: keep the two in step.
 */
final class Recommended {

    static final String JVM_OPTIONS = "-Xms256m -Xmx256m -XX:+UseSerialGC -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=96m"
            + " -Xss512k -XX:MaxDirectMemorySize=64m -Djdk.nio.maxCachedBufferSize=65536";

    private Recommended() {
    }
}
