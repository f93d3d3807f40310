package org.newsgraph.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.kb.KbCountry;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;

/**
 * Groups name mentions into document entities: a surname with the full name, an acronym with its expansion, a
 * country with its other names and its adjectival demonym, the same name with itself.
 */
final class EntityGrouper {

  private static final Pattern ACRONYM = Pattern.compile("(?:\\p{Lu}\\.?){2,8}");
  private static final Pattern CALLED_STATE = Pattern.compile("\\s+[Ss]tate\\b");
  private static final Set<String> SURNAME_TAGS = Set.of("PERSON", "ORGANIZATION", "MISC");

  private final Gazetteer gazetteer;
  private final NameGender genders;

  EntityGrouper(Gazetteer gazetteer, NameGender genders) {
    this.gazetteer = gazetteer;
    this.genders = genders;
  }

  /** A group of mentions of one thing; a fixed type and name when the gazetteer knows it. */
  private static final class Group {
    final List<Candidate> members = new ArrayList<>();
    EntityType type;
    String name;
  }

  List<Entity> group(String text, List<Candidate> found) {
    List<Candidate> candidates = found.stream().map(this::withoutHonorific).toList();
    Map<String, Group> groups = new LinkedHashMap<>();
    List<Candidate> fullNames = candidates.stream()
        .filter(c -> c.ner().equals("PERSON") && !c.weak() && c.name().contains(" ")).toList();
    for (Candidate c : fullNames) {
      personGroup(groups, c.name()).members.add(c);
    }
    // Solid mentions first: a weak piece ("NATO" of "NATO-led") joins a name the text also writes on its own.
    List<Candidate> rest = new ArrayList<>(candidates.stream().filter(c -> !c.weak()).toList());
    rest.addAll(candidates.stream().filter(Candidate::weak).toList());
    for (Candidate c : rest) {
      if (!fullNames.contains(c)) {
        String key = resolve(text, c, fullNames, groups);
        Candidate member = c;
        if (key == null && c.longForm() != null) {
          // A compound naming nothing known ("Amman-bound") stays what the recognizer said: a MISC name.
          member = new Candidate(c.start(), c.start() + c.longForm().length(), c.longForm(), "MISC");
          key = resolve(text, member, fullNames, groups);
        }
        if (key != null) {
          groups.get(key).members.add(member);
        }
      }
    }
    mergeAcronyms(text, groups);
    List<Entity> entities = new ArrayList<>();
    for (Group group : groups.values()) {
      if (!group.members.isEmpty()) {
        entities.add(toEntity(text, group));
      }
    }
    entities.sort(Comparator.comparingInt(e -> e.mentions().get(0).start()));
    List<Entity> numbered = new ArrayList<>();
    for (Entity e : entities) {
      numbered.add(new Entity("e" + (numbered.size() + 1), e.name(), e.type(), e.aliases(), e.roles(), e.kb(),
          e.mentions()));
    }
    return numbered;
  }

  // The recognizer sometimes takes "Mr." into the name; the surname alone then joins its full name like "Marlowe"
  // after "Mrs." does, and the honorific still tells the gender from the text before it.
  private Candidate withoutHonorific(Candidate c) {
    int skip = c.ner().equals("PERSON") && c.name().equals(c.text()) ? genders.honorificLength(c.name()) : 0;
    if (skip == 0) {
      return c;
    }
    String rest = c.text().substring(skip);
    return new Candidate(c.start() + skip, c.end(), rest, rest, c.ner(), c.weak(), c.role(), c.longForm());
  }

  private static Group personGroup(Map<String, Group> groups, String name) {
    Group group = groups.computeIfAbsent("person:" + name.toLowerCase(Locale.ROOT), k -> new Group());
    group.type = EntityType.PERSON;
    return group;
  }

  /** The key of the group a mention belongs to, creating it; null to drop the mention. */
  private String resolve(String text, Candidate c, List<Candidate> fullNames, Map<String, Group> groups) {
    String name = c.name();
    if (!c.ner().equals("PERSON")) {
      Optional<KbCountry> country = gazetteer.country(name).or(() -> gazetteer.countryOfAdjective(name));
      if (country.isPresent()) {
        return fixed(groups, "country:" + country.get().iso3(), EntityType.COUNTRY, country.get().name());
      }
      Optional<KbCountry> people = gazetteer.countryOfPeople(name);
      if (people.isPresent()) {
        return fixed(groups, "people:" + people.get().iso3(), EntityType.NATIONALITY, name);
      }
    }
    if (c.weak() || SURNAME_TAGS.contains(c.ner())) {
      Candidate full = fullNameEndingWith(text, name, c.start(), fullNames);
      if (full != null) {
        return "person:" + full.name().toLowerCase(Locale.ROOT);
      }
    }
    if (c.ner().equals("PERSON") && !c.weak()) {
      personGroup(groups, name);
      return "person:" + name.toLowerCase(Locale.ROOT);
    }
    // One name may stand for things of different types (the city Toronto, the team Toronto), and "Washington
    // state" is not the Washington of "officials in Washington": the type is part of the key.
    String prefix = "name:" + name.toLowerCase(Locale.ROOT) + "|";
    if (c.weak()) {
      return groups.keySet().stream().filter(k -> k.startsWith(prefix)).findFirst().orElse(null);
    }
    String key = prefix + c.ner() + (calledState(text, c) ? "#state" : "");
    groups.computeIfAbsent(key, k -> new Group());
    return key;
  }

  private static String fixed(Map<String, Group> groups, String key, EntityType type, String name) {
    Group group = groups.computeIfAbsent(key, k -> new Group());
    group.type = type;
    if (group.name == null) {
      group.name = name;
    }
    return key;
  }

  // The full name a surname stands for: the closest one written before it, else the first one after; "Mrs.
  // Clinton" cannot stand for "Bill Clinton", though a bare "Clinton" can stand for either.
  private Candidate fullNameEndingWith(String text, String surname, int at, List<Candidate> fullNames) {
    Gender gender = genders.honorificBefore(text, at);
    Candidate before = null;
    Candidate after = null;
    for (Candidate full : fullNames) {
      if (full.name().endsWith(" " + surname)
          && gender.agrees(genders.ofMention(text, full.start(), full.name()))) {
        if (full.start() < at) {
          before = full;
        } else if (after == null) {
          after = full;
        }
      }
    }
    return before != null ? before : after;
  }

  // "the Collective Security Treaty Organization (CSTO)", or "NATO" after "the North Atlantic Treaty Organization".
  private static void mergeAcronyms(String text, Map<String, Group> groups) {
    for (Map.Entry<String, Group> entry : List.copyOf(groups.entrySet())) {
      Group acronym = entry.getValue();
      if (!entry.getKey().startsWith("name:") || acronym.members.isEmpty()) {
        continue;
      }
      String written = acronym.members.get(0).name();
      if (!ACRONYM.matcher(written).matches()) {
        continue;
      }
      Group expansion = parenthesized(text, acronym, groups);
      if (expansion == null) {
        String letters = written.replace(".", "");
        expansion = groups.entrySet().stream()
            .filter(e -> e.getKey().startsWith("name:") && e.getValue() != acronym)
            .map(Map.Entry::getValue)
            .filter(g -> g.members.stream().anyMatch(m -> initials(m.name()).equals(letters)))
            .findFirst().orElse(null);
      }
      if (expansion != null) {
        expansion.members.addAll(acronym.members);
        acronym.members.clear();
      }
    }
  }

  private static Group parenthesized(String text, Group acronym, Map<String, Group> groups) {
    for (Candidate a : acronym.members) {
      String before = text.substring(0, a.start()).stripTrailing();
      if (!before.endsWith("(")) {
        continue;
      }
      int expansionEnd = before.substring(0, before.length() - 1).stripTrailing().length();
      for (Map.Entry<String, Group> e : groups.entrySet()) {
        if (e.getValue() != acronym && e.getKey().startsWith("name:")
            && e.getValue().members.stream().anyMatch(m -> m.end() == expansionEnd && m.name().contains(" "))) {
          return e.getValue();
        }
      }
    }
    return null;
  }

  private static boolean calledState(String text, Candidate c) {
    return c.ner().equals("LOCATION") && CALLED_STATE.matcher(text).region(c.end(), text.length()).lookingAt();
  }

  static String initials(String name) {
    StringBuilder initials = new StringBuilder();
    for (String word : name.split("[\\s-]+")) {
      if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
        initials.appendCodePoint(word.codePointAt(0));
      }
    }
    return initials.toString();
  }

  private Entity toEntity(String text, Group group) {
    List<Candidate> members = group.members;
    members.sort(Comparator.comparingInt(Candidate::start));
    Candidate longest = members.stream().filter(m -> !m.weak())
        .max(Comparator.comparingInt((Candidate m) -> m.name().split("\\s+").length)
            .thenComparingInt(m -> m.name().length())
            .thenComparing(Comparator.comparingInt(Candidate::start).reversed()))
        .orElse(members.get(0));
    String name = group.name != null ? group.name : longest.name();
    EntityType type = group.type != null ? group.type : vote(text, members, longest, name);
    Set<String> aliases = new LinkedHashSet<>();
    Set<String> roles = new LinkedHashSet<>();
    Map<String, Mention> mentions = new LinkedHashMap<>();
    for (Candidate m : members) {
      aliases.add(m.text());
      if (m.longForm() != null && !m.weak()) {
        aliases.add(m.longForm());
      }
      if (m.role() != null) {
        roles.add(m.role());
      }
      mentions.putIfAbsent(m.start() + ":" + m.end(), new Mention(m.start(), m.end(), m.text(), kind(m, name, type)));
    }
    aliases.remove(name);
    return new Entity(null, name, type, List.copyOf(aliases), List.copyOf(roles), Map.of(),
        List.copyOf(mentions.values()));
  }

  // A country written as its people's adjective ("Russian troops") is a demonym; any other form of the name
  // (a surname, an acronym, the name without its title) an alias.
  private MentionKind kind(Candidate m, String name, EntityType type) {
    if (m.text().equalsIgnoreCase(name) || m.name().equalsIgnoreCase(name)) {
      return MentionKind.NAME;
    }
    if (type == EntityType.COUNTRY && gazetteer.countryOfAdjective(m.text()).isPresent()) {
      return MentionKind.DEMONYM;
    }
    return MentionKind.ALIAS;
  }

  // The recognizer's type with most words among the solid mentions, so an expansion outweighs its acronym; a
  // location is typed by the gazetteer.
  private EntityType vote(String text, List<Candidate> members, Candidate longest, String name) {
    Map<String, Integer> counts = new HashMap<>();
    members.stream().filter(m -> !m.weak())
        .forEach(m -> counts.merge(m.ner(), m.name().split("\\s+").length, Integer::sum));
    String winner = longest.ner();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > counts.getOrDefault(winner, 0)) {
        winner = e.getKey();
      }
    }
    return switch (winner) {
      case "PERSON" -> EntityType.PERSON;
      case "ORGANIZATION" -> EntityType.ORGANIZATION;
      case "LOCATION" -> gazetteer.placeType(name,
          members.stream().anyMatch(m -> calledState(text, m)));
      default -> EntityType.MISC;
    };
  }
}
