package com.zhengqi.graph.serve;

import com.zhengqi.graph.store.CypherLibrary;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.util.ArrayList;
import java.util.HashMap;
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

    /** One library query for the whole batch: a list of people asking for careers costs one statement, not one per person. */
    @BatchMapping(typeName = "Person", field = "career")
    Map<Person, List<Tenure>> career(List<Person> people) {
        Map<String, List<Tenure>> byPerson = new HashMap<>();
        for (Map<String, Object> row : library.run("official-career", Map.of("people", people.stream().map(Person::id).distinct().toList()))) {
            byPerson.computeIfAbsent(LibraryRows.text(row, "person"), p -> new ArrayList<>()).add(Tenure.of(row));
        }
        Map<Person, List<Tenure>> careers = new LinkedHashMap<>();
        for (Person person : people) {
            careers.put(person, byPerson.getOrDefault(person.id(), List.of()));
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
