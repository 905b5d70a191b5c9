package vn.motcua.testing.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Each shared rule passes a service that keeps it and names the class of one that breaks it. */
class ServiceArchitectureTest {

    private static final String FIXTURES = "vn.motcua.testing.architecture.fixture.";

    @Test
    void aServiceKeepingTheArchitecturePassesEveryRule() {
        assertThatCode(() -> fixture("good").check()).doesNotThrowAnyException();
    }

    @Test
    void featurePackagesInACycleBreakTheFirstRule() {
        assertBreaks("cycle", ServiceArchitecture::featuresFreeOfCycles, "First", "Second");
    }

    @Test
    void aResourceTouchingTheDatabaseBreaksTheSecondRule() {
        assertBreaks("resource", ServiceArchitecture::resourcesFreeOfPersistence, "SqlResource", "java.sql");
    }

    @Test
    void aClassOfAnotherModuleBreaksTheThirdRule() {
        assertBreaks("foreign", ServiceArchitecture::onlyOwnAndSharedClasses, "UsesAnotherModule", "TestTokens");
    }

    @Test
    void readingCloudEventsBesideTheEventsModuleBreaksTheFourthRule() {
        assertBreaks("headers", ServiceArchitecture::eventsThroughEventsModule, "ReadsHeaders", "kafka.common.header");
        assertBreaks("attributes", ServiceArchitecture::eventsThroughEventsModule, "ReadsAttributes",
                "CloudEventAttributes.read");
    }

    private static void assertBreaks(String fixture, Function<ServiceArchitecture, ArchRule> rule, String... named) {
        ServiceArchitecture architecture = fixture(fixture);
        var failure = assertThatThrownBy(() -> architecture.check(rule.apply(architecture)))
                .isInstanceOf(AssertionError.class);
        for (String name : named) {
            failure.hasMessageContaining(name);
        }
        assertThatCode(() -> architecture.check()).isInstanceOf(AssertionError.class);
    }

    private static ServiceArchitecture fixture(String name) {
        String root = FIXTURES + name;
        return new ServiceArchitecture(root, new ClassFileImporter().importPackages(root));
    }
}
