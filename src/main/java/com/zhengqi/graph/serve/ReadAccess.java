package com.zhengqi.graph.serve;

import com.zhengqi.graph.security.ExposurePolicy;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * The one rule for reading the graph over HTTP, whatever path asks: GraphQL (queries and introspection, so
 * GraphiQL's too), {@code /export}, and any data path added later. Reads are open when
 * {@code zhengqi.api.open-queries} says so; when it says nothing, they are open while the server listens on
 * loopback only (whoever reaches it can read the data folder anyway) and need an API key as soon as it listens
 * beyond. A refused request gets 401 and runs nothing. Only the application's own files (the explorer page,
 * GraphiQL's page, scripts, styles) and the health probes are served to everyone: they hold no data.
 * The mutation's own key check is {@link ApiKeyInterceptor}'s.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
public class ReadAccess extends OncePerRequestFilter {

    private static final Set<String> PUBLIC_FILES = Set.of("/", "/index.html", "/kinds.json", "/favicon.ico", "/error");
    private static final List<String> PUBLIC_FOLDERS = List.of("/css/", "/js/", "/graphiql", "/webjars/", "/actuator/health");
    static final String REFUSED = "reading this graph needs an API key: send Authorization: Bearer <key>";

    private final ApiKeys keys;
    private final boolean open;

    ReadAccess(ApiKeys keys, ApiProperties properties, @Value("${server.address:}") String serverAddress) {
        this.keys = keys;
        this.open = properties.openQueries() != null ? properties.openQueries() : ExposurePolicy.isLoopback(serverAddress);
    }

    /** Whether reads need no key. */
    public boolean open() {
        return open;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return open || PUBLIC_FILES.contains(path) || PUBLIC_FOLDERS.stream().anyMatch(path::startsWith);
    }

    /**
     * The path as the server maps it: decoded and normalised, so that {@code /js/../export} is {@code /export}.
     * (The raw request URI is not: deciding on it would let such a path past the rule to the export.)
     */
    private static String path(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (keys.accepts(request.getHeader(HttpHeaders.AUTHORIZATION))) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        response.setCharacterEncoding("UTF-8");
        // GraphQL clients read errors[]; anything else gets a problem detail.
        if (path(request).equals("/graphql")) {
            response.setContentType("application/json");
            response.getWriter().write("{\"errors\":[{\"message\":\"" + REFUSED + "\",\"extensions\":{\"classification\":\"UNAUTHORIZED\"}}]}");
        } else {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"" + REFUSED + "\"}");
        }
    }
}
