# Regenerates WebMessages.java from messages/web.properties (keys and {parameters}); run after adding keys.
import re
props = open('src/main/resources/messages/web.properties', encoding='utf-8').read().splitlines()
out = []
for line in props:
    if line.startswith('# ') and not line.startswith('# The web'):
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
    sig = ', '.join(('long ' if p in ('count','total','n','page','pages','rank','seconds') else 'String ') + p for p in params)
    out.append('\n    @Message\n    String %s(%s);' % (key, sig))
java = '''package io.techpool.platform.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The web pages' texts: Chinese in {@code messages/web.properties} (the default), English in
 * {@code messages/web_en.properties}. Templates write {@code {web:navPool}}; the page's language picks the file.
 * Generated from the Chinese file by {@code tools/web_messages.py}: add a key there, in both files, and rerun it.
 */
@MessageBundle("web")
public interface WebMessages {
''' + '\n'.join(out) + '\n}\n'
open('src/main/java/io/techpool/platform/web/WebMessages.java', 'w', encoding='utf-8').write(java)
