# Regenerates the pages' typed message bundles from their Chinese .properties files (keys and {parameters}):
# messages/web.properties -> platform/web/WebMessages.java ({web:...}), messages/events.properties ->
# event/EventTexts.java ({events:...}), messages/exports.properties -> platform/excel/ExportTexts.java (the spreadsheet
# exports' headers and labels, read from Java with Language.bundle). Run after adding keys. Why two: Quarkus 3.34's generated bundle class breaks
# (VerifyError) past 300 messages in one bundle, so a feature with many page texts keeps its own bundle.
import re

BUNDLES = [
    ('web', 'src/main/java/io/techpool/platform/web/WebMessages.java', 'io.techpool.platform.web', 'WebMessages',
     "The web pages' texts", 'navPool'),
    ('events', 'src/main/java/io/techpool/event/EventTexts.java', 'io.techpool.event', 'EventTexts',
     "The promotion events' page texts", 'navEvents'),
    ('exports', 'src/main/java/io/techpool/platform/excel/ExportTexts.java', 'io.techpool.platform.excel', 'ExportTexts',
     "The spreadsheet exports' headers and labels (Java reads them with {@code Language.bundle})", 'colTitle'),
]

for name, path, package, type_name, what, example in BUNDLES:
    props = open('src/main/resources/messages/%s.properties' % name, encoding='utf-8').read().splitlines()
    out = []
    for line in props[1:]:
        if line.startswith('# '):
            out.append('\n    // ' + line[2:])
            continue
        m = re.match(r'^([A-Za-z0-9]+)=(.*)$', line)
        if not m:
            continue
        key, text = m.groups()
        params = []
        for p in re.findall(r'\{([a-zA-Z][a-zA-Z0-9]*)\}', text):
            if p not in params:
                params.append(p)
        sig = ', '.join(('long ' if p in ('count', 'total', 'n', 'page', 'pages', 'rank', 'seconds') else 'String ') + p
                        for p in params)
        out.append('\n    @Message\n    String %s(%s);' % (key, sig))
    java = '''package %s;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * %s: Chinese in {@code messages/%s.properties} (the default), English in
 * {@code messages/%s_en.properties}. Templates write {@code {%s:%s}}; the page's language picks the file.
 * Generated from the Chinese file by {@code tools/web_messages.py}: add a key there, in both files, and rerun it.
 */
@MessageBundle("%s")
public interface %s {
''' % (package, what, name, name, name, example, name, type_name) + '\n'.join(out) + '\n}\n'
    open(path, 'w', encoding='utf-8').write(java)
