/**
 * The Spring Boot application that wires the stages together (see docs/architecture.md).
 */
@NullMarked
package com.zhengqi.graph;

import org.jspecify.annotations.NullMarked;
