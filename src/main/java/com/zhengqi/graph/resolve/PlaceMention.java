package com.zhengqi.graph.resolve;

import java.util.List;

/**
 * A place name found in an article before it is resolved: its span, the divisions it may stand for, whether it
 * was written as a full name, whether the text itself shows it is a place (a short form followed by 市/县/区 or
 * by a zone ending: 吴江市, 江阴临港开发区), and whether an ordinary word reaches into it from the left
 * (文明村镇 holds the town name 明村镇).
 */
record PlaceMention(int start, int end, String surface, List<Division> candidates, boolean fullName,
                    boolean selfEvident, boolean straddled) {
}
