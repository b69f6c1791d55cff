package org.frontdoor.screening.cli;

import org.apache.commons.csv.CSVPrinter;
import org.frontdoor.screening.lists.ListChanges;
import org.frontdoor.screening.lists.ListEntry;
import org.frontdoor.screening.lists.ListFiles;
import org.frontdoor.screening.lists.SanctionsList;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code diff}: entries added, changed and removed between two versions of one list. */
final class DiffCommand {

    private DiffCommand() {
    }

    static void run(String[] args, PrintStream out) throws IOException {
        Arguments a = new Arguments(args, 1, Set.of("old", "new", "output"));
        SanctionsList older = single(Path.of(a.required("old")));
        SanctionsList newer = single(Path.of(a.required("new")));
        if (!older.name().equals(newer.name())) {
            throw new UsageException("cannot compare different lists: " + older.name() + " and " + newer.name());
        }
        ListChanges changes = ListChanges.between(older, newer);
        String output = a.optional("output", null);
        if (output != null) {
            try (CSVPrinter printer = CsvFiles.write(Path.of(output), List.of("change", "list", "entry_id", "name"))) {
                for (ListEntry e : changes.added()) {
                    printer.printRecord("added", e.list(), e.id(), e.primaryName());
                }
                for (ListChanges.Change c : changes.changed()) {
                    printer.printRecord("changed", c.after().list(), c.after().id(), c.after().primaryName());
                }
                for (ListEntry e : changes.removed()) {
                    printer.printRecord("removed", e.list(), e.id(), e.primaryName());
                }
            }
        }
        out.println("command=diff list=" + newer.name() + " old_entries=" + older.entries().size()
                + " new_entries=" + newer.entries().size() + " added=" + changes.added().size()
                + " changed=" + changes.changed().size() + " removed=" + changes.removed().size());
    }

    private static SanctionsList single(Path path) {
        List<SanctionsList> lists = ListFiles.load(List.of(path));
        if (lists.size() != 1) {
            throw new UsageException("expected exactly one list in " + path + ", found " + lists.size());
        }
        return lists.get(0);
    }
}
