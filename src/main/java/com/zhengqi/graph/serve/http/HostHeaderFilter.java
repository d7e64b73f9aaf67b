package com.zhengqi.graph.serve.http;

import com.zhengqi.graph.security.ExposurePolicy;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Answers only requests addressed to a host name this server goes by, against DNS rebinding: a web page
 * on evil.example can point that name at 127.0.0.1 and have the victim's browser read this API as if it
 * were evil.example's. On loopback the server goes by {@code localhost}, {@code 127.x.x.x} and {@code [::1]}
 * alone; names added to {@code zhengqi.http.allowed-hosts} (env {@code ZHENGQI_HTTP_ALLOWED_HOSTS},
 * comma-separated, {@code *} for any) are accepted too, and once that is set it applies on any address.
 * Beyond loopback with nothing set, any name is accepted: reads need an API key there.
 * A request without a Host header (HTTP/1.0, no browser) is let through.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class HostHeaderFilter extends OncePerRequestFilter {

    private static final Pattern LOOPBACK_IPV4 = Pattern.compile("127(\\.\\d{1,3}){3}");
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "::1", "0:0:0:0:0:0:0:1");

    private final Set<String> allowed;
    private final boolean checked;

    HostHeaderFilter(@Value("${zhengqi.http.allowed-hosts:}") List<String> allowedHosts, @Value("${server.address:}") String address) {
        this.allowed = allowedHosts.stream().map(String::strip).filter(h -> !h.isEmpty()).map(h -> h.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        this.checked = !allowed.contains("*") && (!allowed.isEmpty() || ExposurePolicy.isLoopback(address));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String host = request.getHeader("Host");
        if (!checked || host == null || accepts(hostName(host))) {
            chain.doFilter(request, response);
            return;
        }
        // 421 Misdirected Request: this server is not the one the name stands for. The name is not echoed back.
        response.setStatus(421);
        response.setContentType("application/json");
        response.getWriter().write("{\"error\":\"this server does not answer to the host name in the Host header; it answers to "
                + "localhost, 127.0.0.1 and [::1], and to the names in zhengqi.http.allowed-hosts\"}");
    }

    boolean accepts(String name) {
        return LOOPBACK_NAMES.contains(name) || LOOPBACK_IPV4.matcher(name).matches() || allowed.contains(name);
    }

    /** The name of a Host header without its port or brackets, in lower case: {@code [::1]:8080} is {@code ::1}. */
    static String hostName(@Nullable String host) {
        String h = host == null ? "" : host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            return close < 0 ? h : h.substring(1, close);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }
}
