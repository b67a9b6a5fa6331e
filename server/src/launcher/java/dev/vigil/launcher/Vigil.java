package dev.vigil.launcher;

import java.util.ArrayList;
import java.util.List;

/**
 * The runnable jar's entry point: understands Vigil's own switches and hands every other argument to
 * Payara Micro unchanged. {@code --demo} turns demo mode on ({@code vigil.demo=true}); without it Vigil
 * runs in production mode whatever the database. Payara Micro refuses switches it does not know, so
 * they are taken off the command line here.
 */
public final class Vigil {

    private Vigil() {
    }

    public static void main(String[] args) throws Exception {
        List<String> payara = new ArrayList<>();
        for (String arg : args) {
            if ("--demo".equals(arg)) {
                System.setProperty("vigil.demo", "true");
            } else {
                payara.add(arg);
            }
        }
        Class.forName("fish.payara.micro.PayaraMicro").getMethod("main", String[].class)
                .invoke(null, (Object) payara.toArray(new String[0]));
    }
}
