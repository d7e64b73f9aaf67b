/**
 * The GraphQL API: controllers of a few lines over query classes that read the store with bound parameters.
 */
@NullMarked
package com.zhengqi.graph.serve;

import org.jspecify.annotations.NullMarked;
