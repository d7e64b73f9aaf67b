package com.zhengqi.graph.serve;

/** A fact that may state when it happened: its first day and, when it states more than one, its last (ISO). */
interface Dated {

    String date();

    String dateEnd();
}
