package dev.gsd.parallel.adapters.gsdproject;

import java.util.regex.Pattern;

/**
 * Branch names read from the user's files. GSD's rule is the character set; on top of it, the shapes git itself
 * refuses (and a leading {@code -}, which a git command line would take for an option) are rejected here, before
 * the name reaches git.
 */
final class BranchNames {

    static final String VALID = "a git branch name (letters, digits and _ - / ., not starting with - or ., no '..')";

    private static final Pattern CHARACTERS = Pattern.compile("[A-Za-z0-9_\\-/.]+");

    private BranchNames() {
    }

    static boolean isValid(String name) {
        return CHARACTERS.matcher(name).matches()
                && !name.startsWith("-") && !name.startsWith(".") && !name.startsWith("/")
                && !name.endsWith("/") && !name.endsWith(".") && !name.endsWith(".lock")
                && !name.contains("..") && !name.contains("//") && !name.contains("/.");
    }
}
