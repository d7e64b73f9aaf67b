package com.zhengqi.graph.resolve;

/**
 * An administrative division of China (or a development zone) as the gazetteer knows it.
 *
 * @param code       statistical division code (GB/T 2260 style), unique; zones without an official
 *                   code get a derived one, documented by the gazetteer
 * @param name       full name, e.g. 北关区, 安阳市, 河南省, 柏庄镇
 * @param level      PROVINCE, CITY, COUNTY, TOWN, ZONE or COMMUNITY (graph-model.md)
 * @param parentCode code of the enclosing division, null for a province
 */
public record Division(String code, String name, String level, String parentCode) {
}
