/**
 * The command line (Apache Commons CLI): parses arguments, wires the packages together, maps
 * failures to one line on stderr and an exit status (0 done, 1 runtime failure, 2 bad usage or
 * invalid script). Nothing else lives here.
 */
package limber.cli;
