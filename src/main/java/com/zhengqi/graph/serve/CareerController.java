package com.zhengqi.graph.serve;

import com.zhengqi.graph.store.CypherLibrary;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Careers and holders of posts on a day, through the Cypher library's official-career and holders-on-date. */
@Controller
class CareerController {

    private final CypherLibrary library;

    CareerController(CypherLibrary library) {
        this.library = library;
    }

    /** One library query per person of the batch: careers are asked of one person at a time, not of lists. */
    @BatchMapping(typeName = "Person", field = "career")
    Map<Person, List<Tenure>> career(List<Person> people) {
        Map<Person, List<Tenure>> careers = new LinkedHashMap<>();
        for (Person person : people) {
            careers.put(person, library.run("official-career", Map.of("person", person.id())).stream().map(Tenure::of).toList());
        }
        return careers;
    }

    @QueryMapping
    List<Tenure> holders(@Argument String region, @Argument String title, @Argument String on) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("region", Arguments.notBlank("region", region));
        parameters.put("title", title == null || title.isBlank() ? null : title.strip());
        parameters.put("on", Arguments.isoDate("on", Arguments.notBlank("on", on)));
        return library.run("holders-on-date", parameters).stream().map(Tenure::of).toList();
    }
}
