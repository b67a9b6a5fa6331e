package dev.vigil.server.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.junit.jupiter.api.Test;

/**
 * What the contract takes from the resources' annotations and no filter can know: an operation id a
 * generated client names its method by, a tag it groups them by, a 403 wherever a role is required,
 * and deprecation dates that a client can be told.
 */
class ContractAnnotationsTest {

    private static final List<Class<?>> RESOURCES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.vigil.server.interfaces.rest").stream()
            .filter(c -> c.isAnnotatedWith(Path.class)).map(JavaClass::reflect).toList();

    private static List<Method> operations() {
        List<Method> all = new ArrayList<>();
        for (Class<?> resource : RESOURCES) {
            Arrays.stream(resource.getDeclaredMethods())
                    .filter(m -> m.isAnnotationPresent(GET.class) || m.isAnnotationPresent(POST.class)
                            || m.isAnnotationPresent(PUT.class) || m.isAnnotationPresent(DELETE.class))
                    .forEach(all::add);
        }
        return all;
    }

    private static String name(Method m) {
        return m.getDeclaringClass().getSimpleName() + "." + m.getName();
    }

    @Test
    void everyOperation_hasAUniqueOperationId_andEveryResourceATag() {
        assertThat(RESOURCES).hasSizeGreaterThan(10);
        Map<String, String> ids = new HashMap<>();
        for (Method m : operations()) {
            Operation operation = m.getAnnotation(Operation.class);
            assertThat(operation).as(name(m) + " has @Operation").isNotNull();
            assertThat(operation.operationId()).as(name(m) + " operationId").matches("[a-z][A-Za-z]+");
            String other = ids.put(operation.operationId(), name(m));
            assertThat(other).as("operationId " + operation.operationId() + " of " + name(m)).isNull();
        }
        assertThat(RESOURCES).allSatisfy(r -> assertThat(r.getAnnotation(Tag.class)).as(r.getSimpleName() + " @Tag").isNotNull());
    }

    @Test
    void everyOperationThatOnlySomeRolesMayCall_documentsTheir403() {
        List<String> missing = new ArrayList<>();
        for (Method m : operations()) {
            Allowed allowed = Optional.ofNullable(m.getAnnotation(Allowed.class))
                    .orElse(m.getDeclaringClass().getAnnotation(Allowed.class));
            boolean restricted = allowed != null && allowed.value().length > 0;
            boolean documented = Arrays.stream(m.getAnnotationsByType(APIResponse.class))
                    .anyMatch(r -> r.responseCode().equals("403"));
            if (restricted && !documented) {
                missing.add(name(m));
            }
        }
        assertThat(missing).as("operations restricted by @Allowed without @APIResponse 403").isEmpty();
    }

    @Test
    void deprecatedOperations_carryDatesAYearApart_andTheContractSaysSo() {
        for (Method m : operations()) {
            Optional<ApiDeprecation> d = DeprecationHeaders.deprecationOf(m, m.getDeclaringClass());
            boolean marked = m.getAnnotation(Operation.class) != null && m.getAnnotation(Operation.class).deprecated();
            assertThat(d.isPresent()).as(name(m) + ": @ApiDeprecation and @Operation(deprecated = true) go together")
                    .isEqualTo(marked);
            d.ifPresent(dep -> assertThat(LocalDate.parse(dep.sunset()))
                    .as(name(m) + " is served at least twelve months after its deprecation")
                    .isAfterOrEqualTo(LocalDate.parse(dep.since()).plusMonths(12)));
        }
    }

    @ApiDeprecation(since = "2027-01-15", sunset = "2028-01-15", link = "https://vigil.example/docs/api#v2")
    static final class Retiring {
    }

    @Test
    void deprecationHeaders_speakRfc9745AndRfc8594() {
        ApiDeprecation d = Retiring.class.getAnnotation(ApiDeprecation.class);
        assertThat(DeprecationHeaders.deprecation(d)).isEqualTo("@1799971200");
        assertThat(DeprecationHeaders.sunset(d)).isEqualTo("Sat, 15 Jan 2028 00:00:00 GMT");
        assertThat(DeprecationHeaders.deprecationOf(null, Retiring.class)).contains(d);
        assertThat(DeprecationHeaders.deprecationOf(null, ContractAnnotationsTest.class)).isEmpty();
    }
}
