/**
 * What every HTTP response and request goes through, whatever controller answers: security headers
 * (a Content-Security-Policy for the explorer), the request size limit, and the start-up check that
 * refuses to expose the server beyond loopback without an API key. docs/robustness.md lists the defaults.
 */
@NullMarked
package com.zhengqi.graph.serve.http;

import org.jspecify.annotations.NullMarked;
