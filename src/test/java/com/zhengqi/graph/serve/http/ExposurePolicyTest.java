package com.zhengqi.graph.serve.http;

import com.zhengqi.graph.security.ExposurePolicy;
import com.zhengqi.graph.security.UnsafeExposureException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Listening beyond loopback needs authentication; loopback never does. */
class ExposurePolicyTest {

    private static final String KEY = "0123456789abcdef";

    @Test
    void loopbackAddressesNeedNoAuthentication() {
        for (String address : new String[]{"127.0.0.1", "127.0.0.2", "::1", "[::1]", "localhost"}) {
            assertThat(ExposurePolicy.checkHttp(address, null)).as(address).isEmpty();
            assertThat(ExposurePolicy.checkBolt(address, null)).as(address).isEmpty();
        }
    }

    @Test
    void anyOtherAddressNeedsAnApiKeyOfSixteenCharactersOrAPassword() {
        for (String address : new String[]{"0.0.0.0", "::", "10.1.2.3", "192.168.0.5", "", " "}) {
            assertThat(ExposurePolicy.checkHttp(address, null)).as(address).isPresent();
            assertThat(ExposurePolicy.checkHttp(address, "short")).as(address).isPresent();
            assertThat(ExposurePolicy.checkHttp(address, KEY)).as(address).isEmpty();
            assertThat(ExposurePolicy.checkBolt(address, "")).as(address).isPresent();
            assertThat(ExposurePolicy.checkBolt(address, "secret")).as(address).isEmpty();
        }
        assertThat(ExposurePolicy.checkHttp(null, null)).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("refusing to serve HTTP on every network interface without an API key").contains("ZHENGQI_API_KEY"));
        assertThat(ExposurePolicy.checkBolt("0.0.0.0", null)).hasValueSatisfying(reason -> assertThat(reason).contains("NEO4J_PASSWORD"));
    }

    @Test
    void theStartUpCheckRefusesAnExposedWebServerWithoutAKeyAndIgnoresCommandsWithoutOne() {
        assertThatThrownBy(() -> check(WebApplicationType.SERVLET, Map.of("server.address", "0.0.0.0")))
                .isInstanceOf(UnsafeExposureException.class).hasMessageStartingWith("refusing to serve HTTP on 0.0.0.0");
        assertThatCode(() -> check(WebApplicationType.SERVLET, Map.of("server.address", "0.0.0.0", "zhengqi.api.key", KEY)))
                .doesNotThrowAnyException();
        assertThatCode(() -> check(WebApplicationType.SERVLET, Map.of("server.address", "127.0.0.1"))).doesNotThrowAnyException();
        assertThatCode(() -> check(WebApplicationType.NONE, Map.of("server.address", "0.0.0.0"))).doesNotThrowAnyException();
    }

    private static void check(WebApplicationType type, Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", new HashMap<>(properties)));
        SpringApplication application = new SpringApplication();
        application.setWebApplicationType(type);
        new ExposureCheck().postProcessEnvironment(environment, application);
    }
}
