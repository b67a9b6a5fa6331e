package dev.vigil.server.infrastructure.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.server.domain.model.tenant.TenantId;
import dev.vigil.server.infrastructure.config.VigilSettings;
import dev.vigil.server.testing.MapConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a tenant's secret comes from, and that no message about it ever carries it. */
class TenantSecretsTest {

    private static final TenantId ACME = new TenantId("acme-hotels");

    @TempDir
    Path dir;

    private static TenantSecrets secrets(Map<String, String> values) {
        MapConfig config = new MapConfig(values);
        return new TenantSecrets(config, VigilSettings.of(config));
    }

    private static byte[] filled(int b) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) b);
        return bytes;
    }

    @Test
    void aSecretComesFromAMountedDirectory_underTheSettingsNameOrItsEnvironmentName() throws Exception {
        Path mounted = Files.createDirectories(dir.resolve("secrets"));
        Files.writeString(mounted.resolve("VIGIL_TENANT_ACME_HOTELS_SECRET"), Base64.getEncoder().encodeToString(filled(7)) + "\n");
        Files.writeString(mounted.resolve("vigil.tenant.acme-hotels.previous-secret"), Base64.getEncoder().encodeToString(filled(3)));
        TenantSecrets secrets = secrets(Map.of("vigil.secrets.dir", mounted.toString()));
        assertThat(secrets.current(ACME)).isEqualTo(filled(7));
        assertThat(secrets.previous(ACME)).contains(filled(3));
        // configuration set directly wins over the directory
        assertThat(secrets(Map.of("vigil.secrets.dir", mounted.toString(), "vigil.tenant.acme-hotels.secret",
                Base64.getEncoder().encodeToString(filled(9)))).current(ACME)).isEqualTo(filled(9));
    }

    @Test
    void messagesAboutASecret_nameTheSettingNeverTheValue() throws Exception {
        String tooShort = Base64.getEncoder().encodeToString("short-but-secret".getBytes());
        assertThatThrownBy(() -> secrets(Map.of("vigil.tenant.acme-hotels.secret", tooShort)).current(ACME))
                .hasMessageContaining("vigil.tenant.acme-hotels.secret").hasMessageNotContaining(tooShort);
        Path mounted = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(mounted.resolve("vigil.tenant.acme-hotels.secret"), "not base64 at all: hunter2!");
        assertThatThrownBy(() -> secrets(Map.of("vigil.secrets.dir", mounted.toString())).current(ACME))
                .hasMessageContaining("not valid base64").hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> secrets(Map.of("vigil.demo", "false")).current(ACME))
                .hasMessageContaining("vigil.tenant.acme-hotels.secret").hasMessageContaining("VIGIL_TENANT_ACME_HOTELS_SECRET");
    }

    @Test
    void inDemoMode_aSecretIsMadeOnce_inAnOwnerOnlyFile() throws Exception {
        TenantSecrets secrets = secrets(Map.of("vigil.demo", "true", "vigil.data.dir", dir.toString()));
        byte[] first = secrets.current(ACME);
        assertThat(first).hasSize(32);
        assertThat(secrets.current(ACME)).isEqualTo(first);
        Path file = dir.resolve("keys").resolve("acme-hotels.key");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(file.getParent())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }
}
