package dev.vigil.server.testing;

import dev.vigil.server.domain.model.indicator.IndicatorPack;
import dev.vigil.server.infrastructure.packs.IndicatorPackLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The bundled default pack, loaded once for all plain tests. */
public final class TestPacks {

    private static IndicatorPack defaultPack;
    private static dev.vigil.server.domain.model.pattern.RulePack defaultRules;

    private TestPacks() {
    }

    public static synchronized IndicatorPack defaultPack() {
        if (defaultPack == null) {
            defaultPack = load("packs/indicators/indicators.yaml");
        }
        return defaultPack;
    }

    /** The bundled Connecticut protocol, for every property. */
    public static dev.vigil.server.application.protocol.ProtocolSource connecticut() {
        var loader = new dev.vigil.server.infrastructure.packs.ProtocolPackLoader();
        try (InputStream in = TestPacks.class.getClassLoader().getResourceAsStream("packs/protocols/us-ct.yaml")) {
            var loaded = loader.build("us-ct.yaml", loader.read("us-ct.yaml", in));
            return new dev.vigil.server.application.protocol.ProtocolSource() {
                @Override
                public dev.vigil.server.domain.model.protocol.ProtocolPack forProperty(dev.vigil.server.domain.model.tenant.PropertyId p) {
                    return loaded.pack();
                }

                @Override
                public String documentFor(dev.vigil.server.domain.model.tenant.PropertyId p) {
                    return loaded.document().toString();
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled default rule pack; loading it runs and requires every fixture to pass. */
    public static synchronized dev.vigil.server.domain.model.pattern.RulePack defaultRules() {
        if (defaultRules == null) {
            defaultRules = rules("packs/rules/rules.yaml");
        }
        return defaultRules;
    }

    public static dev.vigil.server.domain.model.pattern.RulePack rules(String classpathResource) {
        try (InputStream in = TestPacks.class.getClassLoader().getResourceAsStream(classpathResource)) {
            if (in == null) {
                throw new IllegalArgumentException("no such resource " + classpathResource);
            }
            return new dev.vigil.server.infrastructure.packs.RulePackLoader(defaultPack()).load(classpathResource, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static dev.vigil.server.domain.model.text.Messages messages;
    private static dev.vigil.server.domain.model.text.Glossary glossary;
    private static dev.vigil.server.domain.service.NoteLinter noteLinter;

    /** The bundled messages pack. */
    public static synchronized dev.vigil.server.domain.model.text.Messages messages() {
        if (messages == null) {
            messages = read("packs/messages/messages.yaml", new dev.vigil.server.infrastructure.packs.MessagesLoader()::load);
        }
        return messages;
    }

    /** The bundled glossary. */
    public static synchronized dev.vigil.server.domain.model.text.Glossary glossary() {
        if (glossary == null) {
            glossary = read("packs/glossary/glossary.yaml", new dev.vigil.server.infrastructure.packs.GlossaryLoader()::load);
        }
        return glossary;
    }

    /** The note linter with the bundled word lists. */
    public static synchronized dev.vigil.server.domain.service.NoteLinter noteLinter() {
        if (noteLinter == null) {
            noteLinter = read(dev.vigil.server.infrastructure.packs.NoteTermsLoader.BUNDLED,
                    new dev.vigil.server.infrastructure.packs.NoteTermsLoader()::load);
        }
        return noteLinter;
    }

    /** Alerts in one language, with Connecticut's emergency number. */
    public static dev.vigil.server.application.notification.AlertWording alertWording(String lang) {
        return new dev.vigil.server.application.notification.AlertWording(TestPacks::messages,
                dev.vigil.server.application.shared.LanguageSettings.fixed(lang),
                property -> new dev.vigil.server.domain.service.ReportingNumbers("911", "1-888-373-7888", "233733"));
    }

    /** Alerts in English. */
    public static dev.vigil.server.application.notification.AlertWording alertWording() {
        return alertWording("en");
    }

    private static <T> T read(String classpathResource, java.util.function.BiFunction<String, InputStream, T> loader) {
        try (InputStream in = TestPacks.class.getClassLoader().getResourceAsStream(classpathResource)) {
            if (in == null) {
                throw new IllegalArgumentException("no such resource " + classpathResource);
            }
            return loader.apply(classpathResource, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static IndicatorPack load(String classpathResource) {
        try (InputStream in = TestPacks.class.getClassLoader().getResourceAsStream(classpathResource)) {
            if (in == null) {
                throw new IllegalArgumentException("no such resource " + classpathResource);
            }
            return new IndicatorPackLoader().load(classpathResource, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
