package com.zhengqi.graph.find;

/**
 * A project named in the text, {@code [start, end)}; {@code name} is the surface with spaces removed. When the
 * project's company is written right before it without a legal form (江苏某地某某市政工程|天然油脂深加工项目),
 * {@code companyStart} is where that company's name starts ({@code [companyStart, start)}); otherwise it is {@code start}.
 */
public record ProjectMention(int start, int end, String name, int companyStart) {

    public ProjectMention(int start, int end, String name) {
        this(start, end, name, start);
    }

    /** True when a company's name is written right before the project (see {@link CompanyPrefix}). */
    public boolean hasCompanyBefore() {
        return companyStart < start;
    }
}
