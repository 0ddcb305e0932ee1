# lines_of(TEXT OUT_VAR): TEXT as a CMake list of its lines. Semicolons and square brackets would
# split or join list items, so they stand as <semicolon>, <lbracket> and <rbracket> until
# text_of() puts them back.
function(lines_of text out_var)
  string(REPLACE ";" "<semicolon>" text "${text}")
  string(REPLACE "[" "<lbracket>" text "${text}")
  string(REPLACE "]" "<rbracket>" text "${text}")
  string(REPLACE "\n" ";" text "${text}")
  set(${out_var} "${text}" PARENT_SCOPE)
endfunction()

# text_of(TEXT OUT_VAR): undoes the stand-ins of lines_of() in TEXT.
function(text_of text out_var)
  string(REPLACE "<semicolon>" ";" text "${text}")
  string(REPLACE "<lbracket>" "[" text "${text}")
  string(REPLACE "<rbracket>" "]" text "${text}")
  set(${out_var} "${text}" PARENT_SCOPE)
endfunction()

# doc_blocks(DOC TAG OUT): the blocks of Markdown page DOC fenced as ```TAG, as a list OUT with
# one item per block (its lines joined by the stand-in <newline>; block_text() decodes it), and
# OUT_BEFORE: the line just before each block's fence, as `before:LINE`.
function(doc_blocks doc tag out)
  file(READ "${doc}" page)
  lines_of("${page}" lines)
  set(blocks "")
  set(befores "")
  set(inside FALSE)
  set(previous "")
  foreach(line IN LISTS lines)
    if(NOT inside)
      if(line STREQUAL "```${tag}")
        set(inside TRUE)
        set(block "block:")
        # The prefix keeps an empty line an item of its own (an empty string is no list item).
        list(APPEND befores "before:${previous}")
      endif()
      set(previous "${line}")
    elseif(line STREQUAL "```")
      set(inside FALSE)
      list(APPEND blocks "${block}")
    else()
      string(APPEND block "${line}<newline>")
    endif()
  endforeach()
  set(${out} "${blocks}" PARENT_SCOPE)
  set(${out}_BEFORE "${befores}" PARENT_SCOPE)
endfunction()

# block_text(ITEM OUT_VAR): a doc_blocks() item as its text, every line ending in a line break.
function(block_text item out_var)
  string(REGEX REPLACE "^block:" "" item "${item}")
  string(REPLACE "<newline>" "\n" item "${item}")
  text_of("${item}" item)
  set(${out_var} "${item}" PARENT_SCOPE)
endfunction()

# finish_doc_check(DOC COUNT FAILURES WHAT VERB): ends a check of a page's blocks: an error when
# there was nothing to check or something failed, else a line saying how many passed.
function(finish_doc_check doc count failures what verb)
  if(count EQUAL 0)
    message(FATAL_ERROR "${doc} has no ${what} to check")
  endif()
  if(NOT failures STREQUAL "")
    message(FATAL_ERROR "${doc}: a ${what} does not ${verb}:${failures}")
  endif()
  message(STATUS "${doc}: ${count} ${what} blocks ${verb}")
endfunction()
