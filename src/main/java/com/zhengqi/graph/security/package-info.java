/**
 * When the server and the embedded database may listen beyond loopback: the rules both the web
 * layer ({@code serve.http}) and the store apply, kept here so that neither depends on the other.
 */
@NullMarked
package com.zhengqi.graph.security;

import org.jspecify.annotations.NullMarked;
