package com.zhengqi.graph.resolve;

import java.util.List;
import java.util.Optional;

/** Every Chinese administrative division with its code and parent; read-only and shared between threads. */
public interface Gazetteer {

    /** Divisions whose full name, or accepted short form (安阳 for 安阳市), equals {@code name}. */
    List<Division> lookup(String name);

    Optional<Division> byCode(String code);

    /** The enclosing divisions, nearest first (柏庄镇 → 北关区, 安阳市, 河南省). */
    List<Division> ancestors(Division division);
}
