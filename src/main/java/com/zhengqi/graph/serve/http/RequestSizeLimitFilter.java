package com.zhengqi.graph.serve.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Refuses request bodies over {@code zhengqi.http.max-request-bytes} with 413 before a controller
 * parses them: by the declared Content-Length when there is one, else by counting the bytes of a
 * chunked body as they are read. The default leaves room for one article at the per-article text
 * limit sent as JSON, and is far above any GraphQL query.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    static final long DEFAULT_MAX_REQUEST_BYTES = 4L << 20;

    private final long maxBytes;

    RequestSizeLimitFilter(@Value("${zhengqi.http.max-request-bytes:" + DEFAULT_MAX_REQUEST_BYTES + "}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            refuse(response);
            return;
        }
        CountingRequest counted = new CountingRequest(request, maxBytes);
        try {
            chain.doFilter(counted, new RefusingResponse(response, counted));
        } catch (ServletException | IOException | RuntimeException e) {
            if (!counted.overLimit() || response.isCommitted()) {
                throw e;
            }
            response.reset();
            refuse(response);
        }
    }

    /**
     * A response that answers 413 instead of the error a controller sends after the body stream
     * failed at the limit (Spring reports an unreadable body as 400), so the client learns the real reason.
     */
    private final class RefusingResponse extends HttpServletResponseWrapper {
        private final CountingRequest request;

        RefusingResponse(HttpServletResponse response, CountingRequest request) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (request.overLimit() && !isCommitted()) {
                reset();
                refuse((HttpServletResponse) getResponse());
            } else if (message == null) {
                super.sendError(status);
            } else {
                super.sendError(status, message);
            }
        }
    }

    private void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("application/json");
        response.setHeader("Connection", "close");
        response.getWriter().write("{\"error\":\"request body larger than " + maxBytes + " bytes\"}");
    }

    /** A request whose body stream fails once more than the limit has been read from it. */
    private static final class CountingRequest extends HttpServletRequestWrapper {
        private final long limit;
        private long read;
        private boolean overLimit;
        private ServletInputStream stream;

        CountingRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        boolean overLimit() {
            return overLimit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream());
            }
            return stream;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), encoding));
        }

        private final class Counting extends ServletInputStream {
            private final ServletInputStream in;

            Counting(ServletInputStream in) {
                this.in = in;
            }

            private int count(int n) throws IOException {
                if (n > 0) {
                    read += n;
                    if (read > limit) {
                        overLimit = true;
                        throw new IOException("request body larger than " + limit + " bytes");
                    }
                }
                return n;
            }

            @Override
            public int read() throws IOException {
                int b = in.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                return count(in.read(buffer, offset, length));
            }

            @Override
            public boolean isFinished() {
                return in.isFinished();
            }

            @Override
            public boolean isReady() {
                return in.isReady();
            }

            @Override
            public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
            }
        }
    }
}
