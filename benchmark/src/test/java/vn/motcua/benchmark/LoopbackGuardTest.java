package vn.motcua.benchmark;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoopbackGuardTest {

    @Test
    void acceptsLoopbackUrls() {
        assertThatCode(() -> LoopbackGuard.checkHttp("http://127.0.0.1:8081/api/v1/procedures?q=x")).doesNotThrowAnyException();
        assertThatCode(() -> LoopbackGuard.checkHttp("http://127.8.9.10/")).doesNotThrowAnyException();
        assertThatCode(() -> LoopbackGuard.checkHttp("http://[::1]:8082/")).doesNotThrowAnyException();
        assertThatCode(() -> LoopbackGuard.checkHttp("http://localhost:8082/")).doesNotThrowAnyException();
    }

    @Test
    void refusesEverythingElse() {
        for (String url : new String[] {"http://10.0.0.1/", "http://192.168.1.1:8080/", "http://172.16.0.1/",
                "http://8.8.8.8/", "http://0.0.0.0/", "ftp://127.0.0.1/", "file:///etc/passwd", "http:///nohost"}) {
            assertThatThrownBy(() -> LoopbackGuard.checkHttp(url)).as(url).isInstanceOf(LoopbackGuard.RefusedTarget.class);
        }
    }

    @Test
    void readsTheHostsOfJdbcUrls() {
        assertThat(LoopbackGuard.jdbcHosts("jdbc:postgresql://127.0.0.1:5432/dossier")).containsExactly("127.0.0.1");
        assertThat(LoopbackGuard.jdbcHosts("jdbc:postgresql://localhost/dossier?sslmode=disable")).containsExactly("localhost");
        assertThat(LoopbackGuard.jdbcHosts("jdbc:postgresql://[::1]:5432/db")).containsExactly("::1");
        assertThat(LoopbackGuard.jdbcHosts("jdbc:postgresql://127.0.0.1:5432,127.0.0.2:5433/db"))
                .containsExactly("127.0.0.1", "127.0.0.2");
        assertThat(LoopbackGuard.jdbcHosts("jdbc:postgresql:dossier")).containsExactly("localhost");
        assertThat(LoopbackGuard.jdbcHosts("jdbc:postgresql:///dossier")).containsExactly("localhost");
    }

    @Test
    void refusesRemoteOrRedirectedJdbcTargets() {
        assertThatThrownBy(() -> LoopbackGuard.checkJdbc("jdbc:postgresql://10.1.2.3:5432/db"))
                .isInstanceOf(LoopbackGuard.RefusedTarget.class);
        assertThatThrownBy(() -> LoopbackGuard.checkJdbc("jdbc:postgresql://127.0.0.1:5432,10.1.2.3:5432/db"))
                .isInstanceOf(LoopbackGuard.RefusedTarget.class);
        assertThatThrownBy(() -> LoopbackGuard.checkJdbc("jdbc:postgresql://127.0.0.1/db?host=10.1.2.3"))
                .isInstanceOf(LoopbackGuard.RefusedTarget.class);
        assertThatThrownBy(() -> LoopbackGuard.checkJdbc("jdbc:mysql://127.0.0.1/db"))
                .isInstanceOf(LoopbackGuard.RefusedTarget.class);
    }
}
