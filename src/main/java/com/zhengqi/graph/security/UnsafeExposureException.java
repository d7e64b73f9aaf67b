package com.zhengqi.graph.security;

/** The application was configured to listen beyond loopback without authentication, and refuses to start. */
public class UnsafeExposureException extends IllegalStateException {

    public UnsafeExposureException(String message) {
        super(message);
    }
}
